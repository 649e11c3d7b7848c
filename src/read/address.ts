/** An input or link that names a web address (fetched) rather than a file. */
export const WEB_ADDRESS = /^https?:\/\//i;
