/** The content-addressed photo store: files under the data directory by default, an S3 bucket when distributed. */
package com.forecourt.photo.store;
