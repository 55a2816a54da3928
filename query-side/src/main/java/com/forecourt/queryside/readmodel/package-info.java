/** What every read model declares about its storage, so that operations can rebuild it beside the live one. */
package com.forecourt.queryside.readmodel;
