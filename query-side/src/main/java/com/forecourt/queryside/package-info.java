/** The query side as an application of its own, for the distributed deployment. */
package com.forecourt.queryside;
