/** The knowledge-base API: search for the widget and agents, and article management for admins. */
package dev.chatdesk.connectors.admin;
