package dev.chatdesk.core.audit;

import dev.chatdesk.core.WireEnum;

/** What an agent, an admin or an operator did, as the audit log records it. */
public enum AuditAction implements WireEnum {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    PASSWORD_CHANGED,
    CONVERSATION_VIEWED,
    CONVERSATION_CLAIMED,
    AGENT_REPLIED,
    NOTE_ADDED,
    PERSONAL_DATA_REVEALED,
    CONVERSATION_TRANSFERRED,
    CONVERSATION_RELEASED,
    CONVERSATION_RESOLVED,
    AGENT_CREATED,
    AGENT_DISABLED,
    AGENT_ENABLED,
    ARTICLE_SAVED,
    ARTICLE_DELETED,
    ARTICLES_IMPORTED,
    SAVED_REPLY_SAVED,
    SAVED_REPLY_DELETED,
    CUSTOMER_EXPORTED,
    CUSTOMER_ERASED,
    CUSTOMER_TAGGED,
    CUSTOMER_UNTAGGED,
    DRAFT_WRITTEN,
    AUDIT_LOG_READ,
    KEYS_ROTATED,
    RETENTION_ERASED;

    /** The action for its wire name. */
    public static AuditAction fromWireName(String name) {
        return WireEnum.parse(AuditAction.class, name);
    }
}
