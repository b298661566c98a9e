@NullMarked
package org.dateline.extract.html;

import org.jspecify.annotations.NullMarked;
