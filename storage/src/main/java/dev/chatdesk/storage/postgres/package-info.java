/** Storage for several nodes: a shared PostgreSQL database through a pool of JDBC connections. */
package dev.chatdesk.storage.postgres;
