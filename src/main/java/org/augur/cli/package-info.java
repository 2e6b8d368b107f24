/** The command line: {@code augur extract}, {@code augur eval}, {@code augur models}, with documented exit codes. */
package org.augur.cli;
