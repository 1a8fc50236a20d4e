/**
 * Evaluation: metrics computed by library classes ({@link org.stance4j.evaluation.Evaluation},
 * an immutable value with a formatted summary) and reports written from them (report.json, report.md).
 */
package org.stance4j.evaluation;
