@NullMarked
package org.dateline.internal;

import org.jspecify.annotations.NullMarked;
