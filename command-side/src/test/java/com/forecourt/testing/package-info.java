/** Test helpers shared by the command side's tests. */
package com.forecourt.testing;
