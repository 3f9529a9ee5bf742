/** The admins' insights API: measures over a time range, for the dashboard and for export. */
package dev.chatdesk.connectors.insights;
