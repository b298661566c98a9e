/** The {@code dateline} command line: an adapter over the core library's public API. */
@NullMarked
package org.dateline.cli;

import org.jspecify.annotations.NullMarked;
