/**
 * The {@code stance4j} command line. The only place that turns exceptions into exit codes: 0 success,
 * 2 bad usage or bad input (one line, no stack trace), 1 internal error.
 */
package org.stance4j.cli;
