/** Encryption at rest of customers' data, for every store: AES-256-GCM per field, keyed lookups, key checks. */
package dev.chatdesk.storage.crypto;
