import { languageStage } from "../stages/language.js";
import { segmentationStage } from "../stages/segmentation.js";
import { loadLanguageIdentifier } from "../text/language.js";
import { Pipeline, type Stage } from "./pipeline.js";

/** The stages `vigie analyze` runs, in order, with the knowledge they need loaded. */
export async function defaultStages(): Promise<Stage[]> {
  return [languageStage(await loadLanguageIdentifier()), segmentationStage];
}

export async function createPipeline(): Promise<Pipeline> {
  return new Pipeline(await defaultStages());
}
