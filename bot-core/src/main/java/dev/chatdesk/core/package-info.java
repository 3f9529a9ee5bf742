/** The domain of Chatdesk and its ports; what every module shares. It knows no DJL, Lucene, SQL or HTTP. */
package dev.chatdesk.core;
