/** Retrieval evaluation on BEIR-format benchmarks: nDCG@10 and recall@100. */
package dev.chatdesk.kb.eval;
