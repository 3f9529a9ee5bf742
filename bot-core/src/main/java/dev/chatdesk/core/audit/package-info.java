/** The audit log: who did what to which conversation, customer, article or account, when and from where. */
package dev.chatdesk.core.audit;
