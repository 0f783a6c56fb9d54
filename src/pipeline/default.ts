import { loadKnowledge, type Knowledge, type KnowledgeOptions } from "../knowledge/knowledge.js";
import { entitiesStage } from "../stages/entities/index.js";
import { framingStage } from "../stages/framing/index.js";
import { eventsStage } from "../stages/events/index.js";
import { languageStage } from "../stages/language.js";
import { quotesStage } from "../stages/quotes/index.js";
import { timeAnchorsStage, timesStage } from "../stages/times/index.js";
import { segmentationStage } from "../stages/segmentation.js";
import { identifyLanguage, loadLanguageModel } from "../text/language.js";
import { Pipeline, type Stage } from "./pipeline.js";

export interface PipelineOptions extends KnowledgeOptions {
  /** knowledge already loaded (shared between pipelines); loaded from `files` otherwise */
  knowledge?: Knowledge;
  /**
   * Load the n-gram language model only when a text needs it (its function words do not say
   * French or English plainly): the caller then awaits `Analyzer.ready(text)` before analyzing
   * each document. By default the model is loaded at once.
   */
  lazyLanguageModel?: boolean;
}

/** The stages `vigie analyze` runs, in order, with the knowledge they need. */
export async function defaultStages(knowledge: Knowledge, lazyLanguageModel = false): Promise<Stage[]> {
  if (!lazyLanguageModel) await loadLanguageModel();
  return [languageStage(identifyLanguage), segmentationStage, timesStage, entitiesStage(knowledge), timeAnchorsStage(knowledge), quotesStage, eventsStage(knowledge), framingStage];
}

export async function createPipeline(options: PipelineOptions = {}): Promise<Pipeline> {
  const knowledge = options.knowledge ?? loadKnowledge(options);
  return new Pipeline(await defaultStages(knowledge, options.lazyLanguageModel), knowledge);
}
