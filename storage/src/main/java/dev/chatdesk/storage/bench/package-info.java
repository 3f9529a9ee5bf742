/** Benchmarks of the storage back ends. */
package dev.chatdesk.storage.bench;
