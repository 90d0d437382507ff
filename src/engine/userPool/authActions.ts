/** Registered here, one import per action file. */
export const authActions = {};
