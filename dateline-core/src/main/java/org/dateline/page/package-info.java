@NullMarked
package org.dateline.page;

import org.jspecify.annotations.NullMarked;
