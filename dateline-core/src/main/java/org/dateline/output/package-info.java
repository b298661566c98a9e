@NullMarked
package org.dateline.output;

import org.jspecify.annotations.NullMarked;
