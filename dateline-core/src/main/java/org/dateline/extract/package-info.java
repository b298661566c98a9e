@NullMarked
package org.dateline.extract;

import org.jspecify.annotations.NullMarked;
