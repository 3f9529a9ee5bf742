/** Every channel into conversations: the widget's API, the agent API, the admin API, and messaging platforms. */
package dev.chatdesk.connectors;
