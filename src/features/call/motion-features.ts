import { domAnimation } from 'motion/react';

// Loaded after first paint so the animation code stays out of the first download.
export default domAnimation;
