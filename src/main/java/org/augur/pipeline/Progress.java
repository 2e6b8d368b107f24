package org.augur.pipeline;

/** Reports progress of a run (on stderr, when it is a terminal). */
public interface Progress {
    void start(int total);

    void step();

    void finish();

    Progress NONE = new Progress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void step() {
        }

        @Override
        public void finish() {
        }
    };
}
