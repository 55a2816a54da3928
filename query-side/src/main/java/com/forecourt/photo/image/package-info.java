/** What an upload is (sniffed from its bytes, never its name) and the renditions made of it: photo and thumbnail. */
package com.forecourt.photo.image;
