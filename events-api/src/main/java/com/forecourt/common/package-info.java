/** Cross-feature contract types: command routing and stable error codes shared by both sides. */
package com.forecourt.common;
