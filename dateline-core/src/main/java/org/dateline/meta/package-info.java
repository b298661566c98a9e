@NullMarked
package org.dateline.meta;

import org.jspecify.annotations.NullMarked;
