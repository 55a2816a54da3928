/** The photo endpoints over HTTP: staff upload a car's photo (multipart), anyone downloads a photo file by its id. */
package com.forecourt.photo.web;
