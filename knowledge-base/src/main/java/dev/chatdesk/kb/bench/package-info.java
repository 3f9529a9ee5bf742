/**
 * The search latency benchmark: a generated, seeded corpus of help-article passages, customer
 * questions, the cached benchmark index and the timing of searches per mode.
 */
package dev.chatdesk.kb.bench;
