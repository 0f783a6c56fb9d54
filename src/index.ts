export { Analyzer, createAnalyzer, type AnalyzeTextOptions } from "./analyze.js";
export type * from "./document/document.js";
export { Pipeline, type Stage } from "./pipeline/pipeline.js";
export { createPipeline, defaultStages } from "./pipeline/default.js";
export { readInputs, type ReadOutcome } from "./readers/inputs.js";
export { InputError } from "./readers/errors.js";
export { DEFAULT_MAX_BYTES, type ReadOptions } from "./readers/source.js";
export { SCHEMA, toRecord, spanProblems, type AnalysisRecord } from "./record/record.js";
