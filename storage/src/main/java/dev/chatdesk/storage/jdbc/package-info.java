/** The stores on a SQL database through JDBC: tables, statements and encryption shared by SQLite and PostgreSQL. */
package dev.chatdesk.storage.jdbc;
