/** Jest: TypeScript through ts-jest (compiled to CommonJS for Node), jsdom where a test asks for it. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" }, diagnostics: { warnOnly: false } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!.*(strip-bom|uuid)/)"],
  testTimeout: 60000,
};
