/** Which read models exist, discovered from their declarations, and the live version of each. */
package com.forecourt.readmodel.catalogue;
