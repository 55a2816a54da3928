/** What every HTTP response of the query side carries: the security headers and the Content-Security-Policy. */
package com.forecourt.queryside.web;
