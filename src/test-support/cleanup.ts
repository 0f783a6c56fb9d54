/** A setup file of every test file: its temporary folders go once it is done. */
import { afterAll } from "vitest";
import { removeTempDirs } from "./temp.js";

afterAll(removeTempDirs);
