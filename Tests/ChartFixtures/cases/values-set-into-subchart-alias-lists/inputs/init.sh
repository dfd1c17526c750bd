#!/bin/sh
echo init
