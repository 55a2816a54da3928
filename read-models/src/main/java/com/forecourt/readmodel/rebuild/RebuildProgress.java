package com.forecourt.readmodel.rebuild;

import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.position.CatchUp;
import com.forecourt.readmodel.position.TokenEntries;
import com.forecourt.readmodel.position.TokenEntries.TokenEntry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;

/** How far a rebuild's processor has come, from the token store, so that every node reads the same. */
@Component
class RebuildProgress {

    private final TokenEntries tokens;
    private final CatchUp catchUp;

    RebuildProgress(TokenEntries tokens, CatchUp catchUp) {
        this.tokens = tokens;
        this.catchUp = catchUp;
    }

    /**
     * The lowest position over the rebuild's segments, each moved on over the events after its token that the
     * projection does not handle ({@link CatchUp}), so that a rebuild is complete when nothing it must handle is left,
     * even if the event store never sent it the last events; null while a segment has no position yet.
     */
    Long position(ProjectionDescriptor projection, long tail, long head) {
        List<TokenEntry> entries = tokens.read(projection.rebuildProcessorName());
        if (entries.isEmpty()) {
            return null;
        }
        List<Integer> segments = entries.stream().map(TokenEntry::segment).toList();
        long lowest = Long.MAX_VALUE;
        for (TokenEntry entry : entries) {
            OptionalLong at = catchUp.position(projection.name(), entry, segments, tail, head);
            if (at.isEmpty()) {
                return null;
            }
            lowest = Math.min(lowest, at.getAsLong());
        }
        return lowest;
    }
}
