package org.reachable.feeds;

import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.feeds.internal.Ingest;
import org.reachable.feeds.internal.Sender;
import org.springframework.stereotype.Service;

/**
 * An agency's system (API key) or a contributor sends one event about a person. The event belongs to the sender's
 * organisation; the person is linked by identity; re-sending the same source system and reference is harmless.
 */
@Service
public class SendEvents {

    private final Ingest ingest;
    private final ChildRecordAccess access;

    SendEvents(Ingest ingest, ChildRecordAccess access) {
        this.ingest = ingest;
        this.access = access;
    }

    public EventReceipt send(EventSubmission submission) {
        access.requireCapability(Capability.SEND_FEEDS, AuditAction.WRITE, "events");
        CurrentUser sender = CurrentUsers.require();
        if (sender.organisationId() == null) {
            throw new org.reachable.platform.web.AccessRefusedException(
                    "Only people and systems belonging to an organisation may send events", null, false);
        }
        return ingest.one(submission.toRecord(null, null),
                new Sender(sender.organisationId(), null, sender.displayName(), null, null));
    }
}
