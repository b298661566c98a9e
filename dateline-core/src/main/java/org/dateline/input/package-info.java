@NullMarked
package org.dateline.input;

import org.jspecify.annotations.NullMarked;
