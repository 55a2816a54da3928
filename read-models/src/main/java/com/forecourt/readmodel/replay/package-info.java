/** Replays in place: a projection's processor reset to the first event, its read model kept and updated again. */
package com.forecourt.readmodel.replay;
