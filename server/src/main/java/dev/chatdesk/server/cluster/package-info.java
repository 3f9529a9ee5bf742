/** Several Chatdesk nodes as one: Hazelcast membership for the Vert.x cluster, node ids, work run on one node at a time. */
package dev.chatdesk.server.cluster;
