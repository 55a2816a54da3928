/** Car photos: uploads checked by content, made into JPEG renditions, kept in a content-addressed store and served. */
package com.forecourt.photo;
