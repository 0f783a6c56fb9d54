import { languageStage } from "../stages/language.js";
import { segmentationStage } from "../stages/segmentation.js";
import { Pipeline, type Stage } from "./pipeline.js";

/** The stages `vigie analyze` runs, in order. */
export function defaultStages(): Stage[] {
  return [languageStage, segmentationStage];
}

export function defaultPipeline(): Pipeline {
  return new Pipeline(defaultStages());
}
