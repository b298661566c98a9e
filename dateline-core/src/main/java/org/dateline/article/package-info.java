@NullMarked
package org.dateline.article;

import org.jspecify.annotations.NullMarked;
