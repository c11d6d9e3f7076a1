// Placeholder replaced by the per-worker database setup.
export default function setup() {}
