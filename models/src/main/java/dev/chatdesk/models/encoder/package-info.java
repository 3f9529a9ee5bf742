/** The pretrained encoder (all-MiniLM-L6-v2 by default), its sentence embeddings, and DJL runtime settings. */
package dev.chatdesk.models.encoder;
