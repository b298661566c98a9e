@NullMarked
package org.dateline;

import org.jspecify.annotations.NullMarked;
