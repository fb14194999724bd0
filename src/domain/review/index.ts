/**
 * The supervisor's review, as plain TypeScript (no React, no DOM): read
 * imported files, merge them, re-score every attempt with the current scorer
 * and scenarios, aggregate for the dashboard, suggest audit notes, export.
 *
 * Typical flow (the dashboard):
 *   for each File: checkBundleSize(file.size) ?? parseBundleFile(file.name, await file.text())
 *   const { state, report } = mergeBundles(data, parsedOkBundles)
 *   const results = await rescoreInPool(report.newAttemptIds.map(id => state.attempts[id]), ...)   // or rescoreAttempts(...)
 *   data = withRescored(state, results)
 *   overviewRows(data, { team }), ruleHeatMap(data), traineeTrend(data, id), suggestAudit(data.rescored[id])
 *   teamCsv(rows, data.notes), reviewBundleJson(data, appVersion)
 *
 * A review bundle imports through the same picker as results files
 * (`parseBundleFile` says which `kind` it read). Merging does not re-score:
 * it returns `newAttemptIds` to re-score (in workers), then `withRescored`.
 *
 * Re-scoring reads a call in the language it was played in: build the index
 * with `indexScenarios(scenarios, translations)`. A picked response counts
 * with its declared labels (as the call screen sends it); typed words are
 * scored again. Stored results are only as current as `rescoreStamp`.
 */
export * from './types.ts';
export * from './parse.ts';
export * from './merge.ts';
export * from './rescore.ts';
export * from './aggregates.ts';
export * from './audit.ts';
export * from './csv.ts';
export * from './review-bundle.ts';
export { getOwn } from './own.ts';
export * from './rescore-pool.ts';
